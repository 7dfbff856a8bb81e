# An exception raised while handling another prints both, joined by "During handling...".
def load_settings(text):
    settings = {}
    for line in text.splitlines():
        key, value = line.split("=")
        settings[key] = value
    return settings


def port_of(text):
    try:
        return int(load_settings(text)["port"])
    except KeyError:
        raise RuntimeError("no port configured")


print(port_of("host=a\nport=80"))
print(port_of("host=b"))
