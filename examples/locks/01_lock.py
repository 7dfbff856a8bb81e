from random import randint
from time import sleep
from threading import Thread, Lock

def print_thread(thread):
    print('Wykonuje watek {}'.format(thread))
    sleep(randint(0, 2))  # sekcja krytyczna
    print('Konczy watek {}'.format(thread))
    
    
t1 = Thread(target=print_thread, args=(1,))
t2 = Thread(target=print_thread, args=(2,))
t3 = Thread(target=print_thread, args=(3,))

t1.start()
t2.start()
t3.start()

t1.join()
t2.join()
t3.join()

print(50 * '=')
def print_thread_lock(thread, lock):
    #try:  # eksperyment - zwolanianie locka przez inny wątek - na klasie Lock DZIAŁA
    #    lock.release()
    #except:
    #    pass
    lock.acquire()  # lock, zostaje przechwycony
    print('Wykonuje watek {}'.format(thread))
    sleep(randint(0, 2))  # sekcja krytyczna
    print('Konczy watek {}'.format(thread))
    lock.release()  # lock zostaje zwolniony - nie zwolnienie blokady zablokuje inne wątki
    

lock = Lock()    
t1 = Thread(target=print_thread_lock, args=(1, lock))
t2 = Thread(target=print_thread_lock, args=(2, lock))
t3 = Thread(target=print_thread_lock, args=(3, lock))

t1.start()
t2.start()
t3.start()

t1.join()
t2.join()
t3.join()

print(50 * '=' + '\n\n')
def print_thread_lock_with(thread, lock):
    with lock:  # to samo co wcześniej tylko z managerem kontekstu
        print('Wykonuje watek {}'.format(thread))
        sleep(randint(0, 2))  # sekcja krytyczna
        print('Konczy watek {}'.format(thread))
    

lock = Lock()    
t1 = Thread(target=print_thread_lock_with, args=(1, lock))
t2 = Thread(target=print_thread_lock_with, args=(2, lock))
t3 = Thread(target=print_thread_lock_with, args=(3, lock))

t1.start()
t2.start()
t3.start()

t1.join()
t2.join()
t3.join()
