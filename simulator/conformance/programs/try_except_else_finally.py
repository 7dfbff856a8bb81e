# Execution order through try/except/else/finally.
def attempt(divisor):
    print(f"attempt({divisor!r})")
    try:
        result = 10 / divisor
        print("  computed", result)
    except ZeroDivisionError as e:
        print("  except ZeroDivisionError:", e)
        return "zero"
    except TypeError:
        print("  except TypeError")
        return "type"
    else:
        print("  else runs when no exception")
        return result
    finally:
        print("  finally always runs")


for d in (2, 0, "x"):
    print("->", attempt(d))
try:
    try:
        [].pop()
    finally:
        print("inner finally before propagation")
except IndexError as e:
    print("outer caught:", e)
try:
    {}["k"]
except (KeyError, IndexError) as e:
    print("tuple clause caught", type(e).__name__, e)
try:
    int("x")
except LookupError:
    print("not here")
except Exception as e:
    print("generic clause:", type(e).__name__)
try:
    pass
except Exception:
    print("not here")
else:
    print("else with pass body")
e = "outer value"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
