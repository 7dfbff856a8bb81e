from time import sleep
from threading import Thread, Condition

def consumer(condition):
    print('wewnatrz consumera; ')
    condition.acquire()  # acquire i release są konieczne do powiadamiania i czekania na powiadomienie
    print('consumer oczekuje na warunek; ')
    condition.wait()  # bez wywołania wait() consumer kontynuuje działanie
    print('consumer kontynuuje; ')
    condition.release()
    print('consumerer konczy; ')
    

def producer(condition):
    print('wewnatrz producera; ')
    sleep(1)
    condition.acquire()
    sleep(1)
    print('producer powiadiamia; ')
    condition.notify()
    print('producer zwalnia condition; ')
    sleep(3)  
    condition.release()  # póki producer nie zwolni warunku, consumer nie będzie mógł kontynuować
    print('producer konczy; ')
    
    
cond = Condition()
t1 = Thread(target=consumer, args=(cond,))
t2 = Thread(target=producer, args=(cond,))

t1.start()
t2.start()

t1.join()
t2.join()
