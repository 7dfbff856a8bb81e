# Importing a module that does not exist ends the program with ModuleNotFoundError.
import math
import sys

print("modules loaded:", "math" in sys.modules)

print("before import", math.floor(1.5))
import numpy as np

print("never printed", np)
