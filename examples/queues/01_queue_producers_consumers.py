from queue import Queue 
from random import randint
from time import sleep
from threading import Thread


def producer(name, queue):
    x = randint(1, 14)
    print('producer {} puts {}; '.format(name, x))
    queue.put(x)  # jezeli kolejka jest pełna to wyrzuca wyjatek - chyba że dodamy block=True
    print('producer {} finishes; '.format(name))
    
    
def consumer(name, queue):
    print('consumer {} starts; '.format(name))
    x = queue.get()  # jeżeli kolejka jest pusta to czeka aż się coś pojawi
    sleep(randint(0, 2))
    print('consumer {} got {}; '.format(name, x))
    queue.task_done()
    print('consumer {} finishes; '.format(name))
    

queue = Queue()
producers = [Thread(target=producer, args=(i, queue)) for i in range(5)]
consumers = [Thread(target=consumer, args=(i, queue)) for i in range(5)]

for producer, consumer in zip(producers, consumers):
    producer.start()
    consumer.start()
