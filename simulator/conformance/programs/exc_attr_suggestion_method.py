# AttributeError suggestions for methods of built-in types, uncaught.
words = ["pear", "fig"]
lookup = {"pear": 2}
print(lookup.get("fig", 0), words.count("fig"))
words.sort()
words.append("kiwi")
print(words)
words.apend("plum")
