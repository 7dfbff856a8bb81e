from time import sleep
from threading import Thread, Event

# nie przechwytuje się i zwalniania eventu (acquire/release)

def consumer(event):
    print('wewnatrz consumera; ')
    print('consumer oczekuje na zdarzenie; ')
    event.wait()  # oczekuje na flagę eventu będącą true
    print('consumer kontynuuje; ')
    event.clear()
    print('consumerer konczy; ')
    

def producer(event):
    print('wewnatrz producera; ')
    sleep(1)
    print('producer ustawia flage; ')
    event.set()  # inny wątek oczekujacy wykona się od razu
    print('producer ustawil flage; ')
    sleep(3)  
    print('producer konczy; ')
    
    
evt = Event()
t1 = Thread(target=consumer, args=(evt,))
t2 = Thread(target=producer, args=(evt,))

t1.start()
t2.start()

t1.join()
t2.join()
