from multiprocessing import Pool
import time

def f(x):
    print('funkcja startuje, argument {}'.format(x))
    time.sleep(x/10)
    return x

    
pool = Pool(processes=4)  # tworzy póle 4 procesów

result = pool.apply_async(f, (3,))  # wywołuję funkcję f z argumentem 3 i nie blokuje się
print(result.get(timeout=0.9))  # próbuje pobrać wartość po wykonaniu funkcji, ale daje na to
                                # tylko 0.9 sekundy

print(50 * '=')
print(pool.map(f, range(10)))   # wywołuje funkcję f na liscie 10 elementów - blokujące

print(50 * '=')
it = pool.imap(f, range(11))   # działa jak map tylko nie blokuje się i zwraca iterator
print(it.next())  # pobierany następny element z listy wyników
print(it.next())
print(it.next(timeout=0.9))  # pobieranie następnego elementu, ale z timeoutem
for i in it:
    print(i)

print(50 * '=')
result = pool.apply_async(time.sleep, (10,))
#print result.get(timeout=0.9)  # TimeoutError


pool.close()  # nie możńa dodawać nowych zadań do puli
#result = pool.apply_async(f, (3,))  # AssertionError

pool.join()  # oczekuje na zakończenie wszystkich pracujących procesów z puli
