# Closures capturing variables named like fields of the trace IR (`kind`, `name`, `tenv`): a
# clos's tenv maps variable names to nodes, so merging and pruning must not take it for a node.
# entry: run
def run(n, kind):
    name = kind * 2
    tenv = [kind]
    def key(v):
        return (kind, name, tenv, v)
    out = [key(n)]
    for i in range(n):
        out.append(sorted([3, 1, 2], key=lambda x: (kind, -x))[i % 3])
    return out
