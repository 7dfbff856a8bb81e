class Manager:
    async def __aenter__(self):
        print('aenter')
        return 3
    
    async def __aexit__(self, *exc_info):
        print('aexit')
        return True
    
    
async def amanager(man):
    async with man as x:
        print('wewnątrz kontekstu')
        print(x)

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


run(amanager(Manager()))
