# multiprocessing/ex4.py
import multiprocessing
import time
from random import randint


def producer(queue):
    print('producer startuje')
    for i in range(5):
        time.sleep(0.5)
        x = randint(1, 5)
        print('producer wyprodukowal: {}'.format(x))
        queue.put(x)
    print('producer konczy')
    
    
def consumer(queue):
    print('consumer startuje')
    while not queue.empty():  # pobiera póki kolejka nie będzie pusta
        x = queue.get()  # nie trzeba sygnalizować przetworzenia elementu
        time.sleep(1.3)
        # time.sleep(0.3)  # szybsza konsumpcja niz produkcja doprowadzi do opróznienia kolejki
                           # i zakończenia działania nawet jak potem jeszcze bedą produkowane
                           # elementy
        print('consumer przetworzyl {}'.format(x))
    print('consumer konczy')
    

queue = multiprocessing.Queue()
prod = multiprocessing.Process(target=producer, args=(queue,))
cons = multiprocessing.Process(target=consumer, args=(queue,))

prod.start()
time.sleep(0.5)
cons.start()

prod.join()
cons.join()
print('koniec programu')
