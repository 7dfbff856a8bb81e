# multiprocessing/ex1.py
import multiprocessing
import time

def f():
    time.sleep(1)
    print("running function f")
    

proc = multiprocessing.Process(target=f)
proc.start()  # uruchomienie procesu
proc.join()  # oczekiwanie na zakończenie procesu

print("koniec programu")
