# A bounded buffer built on one Condition: the producer waits while it is full, the consumer while it is empty.
# With one producer and one consumer the items arrive in order; the buffer never holds more than its capacity.
import threading
import time

capacity = 3
buffer = []
cond = threading.Condition()
largest = 0
consumed = []
producer_waits = 0


def producer(count):
    global largest, producer_waits
    for i in range(count):
        with cond:
            while len(buffer) >= capacity:
                producer_waits += 1
                cond.wait()
            buffer.append(i)
            largest = max(largest, len(buffer))
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(buffer) < capacity)
        buffer.append(None)
        cond.notify_all()


def consumer(delay):
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            break
        consumed.append(item)
        time.sleep(delay)


c = threading.Thread(target=consumer, args=(0.01,))
p = threading.Thread(target=producer, args=(12,))
c.start()
p.start()
p.join()
c.join()
print("consumed:", consumed)
print("never above capacity:", largest <= capacity, "producer had to wait:", producer_waits > 0)
print("buffer left:", buffer)
