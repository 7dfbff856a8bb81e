import multiprocessing


koniec1, koniec2 = multiprocessing.Pipe()

koniec1.send('hello world')
msg = koniec2.recv()
print(msg)


# domyśłnie potoki są dwukierunkowe
koniec2.send('hello world')
msg = koniec1.recv()
print(msg)

koniec1.send('witam')
koniec1.send('serdecznie')
msg = koniec2.recv()  # odbiera tylko jedną wiadomość
print(msg)
msg = koniec2.recv()
print(msg)
