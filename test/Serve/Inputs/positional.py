# A plain positional function: served with {"value": {"args": [...]}}.
def double_absolute_value(x):
    if x < 0:
        return -2 * x
    return 2 * x
