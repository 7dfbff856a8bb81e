# Sleeping barber: a barber shop with one barber and two chairs in the waiting room.
# With no one waiting, the barber sleeps on a semaphore; each arriving customer takes a chair and releases it,
# waking him. A customer who finds both chairs taken leaves without a haircut.
import threading
import time

CHAIRS = 2
HAIRCUT = 0.35  # seconds
waiting_room = []  # the waiting customers, first come, first served
room_lock = threading.Lock()
customers = threading.Semaphore(0)  # how many customers are waiting


def barber():
    while True:
        with room_lock:
            if not waiting_room:
                print("barber: no one waiting, falls asleep")
        customers.acquire()  # sleeps until a customer arrives
        with room_lock:
            customer = waiting_room.pop(0)
        if customer is None:
            print("barber: closing time")
            return
        print(f"barber: cutting {customer}'s hair")
        time.sleep(HAIRCUT)
        print(f"barber: {customer} is done")


def customer(name):
    with room_lock:
        if len(waiting_room) == CHAIRS:
            print(f"{name}: no free chair, leaves")
            return
        waiting_room.append(name)
        print(f"{name}: sits down ({len(waiting_room)} waiting)")
    customers.release()  # wakes the barber if he sleeps


shop = threading.Thread(target=barber)
shop.start()
arrivals = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 1.4]  # seconds between customers
for number, pause in enumerate(arrivals, start=1):
    time.sleep(pause)
    threading.Thread(target=customer, args=(f"customer {number}",)).start()
time.sleep(0.2)
with room_lock:
    waiting_room.append(None)  # the last one in: closing time
customers.release()
shop.join()
