import multiprocessing


class NewProcess(multiprocessing.Process):
    def __init__(self, *args, **kwargs):  # __init__ nie jest konieczny
        super(NewProcess, self).__init__()
        # kod
        
    def run(self):
        print('Proces sie uruchomil')
        
proc = NewProcess()
proc.start()
proc.join()
