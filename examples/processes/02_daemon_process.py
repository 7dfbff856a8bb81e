# multiprocessing/ex2.py
# żeby uruchomić proces w tle trzeba ustawić atrybut daemon na True 
# daemon jest zabijany, jezeli jego proces-rodzic skończy działanie
import multiprocessing
import time

def f():
    time.sleep(1)
    open('daemon-log', 'w').close()  # zostawianie pliku jako ślad po uruchomieniu daemona
    print("running function f")     # jezeli proces-rodzic zakończy się wcześniej niż daemon
                                     # ta linijka nie będzie wywołana i plik nie powstanie

    
proc = multiprocessing.Process(target=f)
proc.daemon = True
proc.start()
# proc.join()  # dodanie join oczekuje na zakończenie daemona

print("koniec programu")
