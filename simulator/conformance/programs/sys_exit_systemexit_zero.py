# raise SystemExit(0) ends the program successfully; finally blocks still run.
def main():
    try:
        print("working")
        raise SystemExit(0)
    finally:
        print("cleanup in finally")


main()
print("never printed")
