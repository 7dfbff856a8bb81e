# Dedenting to a column that matches no enclosing block.
def classify(n):
    if n > 10:
        label = "big"
    else:
        label = "small"
      return label


print(classify(5))
