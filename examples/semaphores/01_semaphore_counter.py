from threading import Semaphore, BoundedSemaphore

semaphore = Semaphore(0)
print(semaphore._value)

# release zwiększa wartość wewnętrzego licznika semafora o 1
semaphore.release()
semaphore.release()
semaphore.release()
# acquire zmniejsza wewnętrzny licznik semafora o 1
semaphore.acquire()
print(semaphore._value)


print(50 * '=')
# BoundedSemaphore nie pozwala na zwiększenie wewnętrzego licznika powyżej początkowego
semaphore = BoundedSemaphore(4)
print(semaphore._value)
semaphore.acquire()
print(semaphore._value)
semaphore.release()
print(semaphore._value)
semaphore.release()
