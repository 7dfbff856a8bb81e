from threading import Thread


class NewThread(Thread):
    def __init__(self, *args, **kwargs):
        super(NewThread, self).__init__()
        self.args = args
        self.kwargs = kwargs
        
    def run(self):
        # metoda wywoływana przy wywołaniu .start()
        print('thread is running')
        print(self.args)
        print(self.kwargs)
    
    
t = NewThread(1, 2, 3, 4, 5, a=1, b=3)
t.start()
t.join()
