# KeyError on a nested dictionary access, uncaught.
config = {"db": {"host": "localhost", "port": 5432}}


def connection_string(cfg):
    return f"{cfg['db']['host']}:{cfg['db']['port']}/{cfg['db']['name']}"


print(config["db"]["port"])
print(connection_string(config))
