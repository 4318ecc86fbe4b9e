# entry: main
# A 120-branch if/elif chain (QA7 F3): the instrumented program keeps it flat, so the Python
# tracer runs it (nesting one level per elif stops CPython's parser at 100).


def main(i):
    if i == 0:
        r = 0
    elif i == 1:
        r = 1
    elif i == 2:
        r = 2
    elif i == 3:
        r = 3
    elif i == 4:
        r = 4
    elif i == 5:
        r = 5
    elif i == 6:
        r = 6
    elif i == 7:
        r = 7
    elif i == 8:
        r = 8
    elif i == 9:
        r = 9
    elif i == 10:
        r = 10
    elif i == 11:
        r = 11
    elif i == 12:
        r = 12
    elif i == 13:
        r = 13
    elif i == 14:
        r = 14
    elif i == 15:
        r = 15
    elif i == 16:
        r = 16
    elif i == 17:
        r = 17
    elif i == 18:
        r = 18
    elif i == 19:
        r = 19
    elif i == 20:
        r = 20
    elif i == 21:
        r = 21
    elif i == 22:
        r = 22
    elif i == 23:
        r = 23
    elif i == 24:
        r = 24
    elif i == 25:
        r = 25
    elif i == 26:
        r = 26
    elif i == 27:
        r = 27
    elif i == 28:
        r = 28
    elif i == 29:
        r = 29
    elif i == 30:
        r = 30
    elif i == 31:
        r = 31
    elif i == 32:
        r = 32
    elif i == 33:
        r = 33
    elif i == 34:
        r = 34
    elif i == 35:
        r = 35
    elif i == 36:
        r = 36
    elif i == 37:
        r = 37
    elif i == 38:
        r = 38
    elif i == 39:
        r = 39
    elif i == 40:
        r = 40
    elif i == 41:
        r = 41
    elif i == 42:
        r = 42
    elif i == 43:
        r = 43
    elif i == 44:
        r = 44
    elif i == 45:
        r = 45
    elif i == 46:
        r = 46
    elif i == 47:
        r = 47
    elif i == 48:
        r = 48
    elif i == 49:
        r = 49
    elif i == 50:
        r = 50
    elif i == 51:
        r = 51
    elif i == 52:
        r = 52
    elif i == 53:
        r = 53
    elif i == 54:
        r = 54
    elif i == 55:
        r = 55
    elif i == 56:
        r = 56
    elif i == 57:
        r = 57
    elif i == 58:
        r = 58
    elif i == 59:
        r = 59
    elif i == 60:
        r = 60
    elif i == 61:
        r = 61
    elif i == 62:
        r = 62
    elif i == 63:
        r = 63
    elif i == 64:
        r = 64
    elif i == 65:
        r = 65
    elif i == 66:
        r = 66
    elif i == 67:
        r = 67
    elif i == 68:
        r = 68
    elif i == 69:
        r = 69
    elif i == 70:
        r = 70
    elif i == 71:
        r = 71
    elif i == 72:
        r = 72
    elif i == 73:
        r = 73
    elif i == 74:
        r = 74
    elif i == 75:
        r = 75
    elif i == 76:
        r = 76
    elif i == 77:
        r = 77
    elif i == 78:
        r = 78
    elif i == 79:
        r = 79
    elif i == 80:
        r = 80
    elif i == 81:
        r = 81
    elif i == 82:
        r = 82
    elif i == 83:
        r = 83
    elif i == 84:
        r = 84
    elif i == 85:
        r = 85
    elif i == 86:
        r = 86
    elif i == 87:
        r = 87
    elif i == 88:
        r = 88
    elif i == 89:
        r = 89
    elif i == 90:
        r = 90
    elif i == 91:
        r = 91
    elif i == 92:
        r = 92
    elif i == 93:
        r = 93
    elif i == 94:
        r = 94
    elif i == 95:
        r = 95
    elif i == 96:
        r = 96
    elif i == 97:
        r = 97
    elif i == 98:
        r = 98
    elif i == 99:
        r = 99
    elif i == 100:
        r = 100
    elif i == 101:
        r = 101
    elif i == 102:
        r = 102
    elif i == 103:
        r = 103
    elif i == 104:
        r = 104
    elif i == 105:
        r = 105
    elif i == 106:
        r = 106
    elif i == 107:
        r = 107
    elif i == 108:
        r = 108
    elif i == 109:
        r = 109
    elif i == 110:
        r = 110
    elif i == 111:
        r = 111
    elif i == 112:
        r = 112
    elif i == 113:
        r = 113
    elif i == 114:
        r = 114
    elif i == 115:
        r = 115
    elif i == 116:
        r = 116
    elif i == 117:
        r = 117
    elif i == 118:
        r = 118
    elif i == 119:
        r = 119
    else:
        r = -1
    return r
