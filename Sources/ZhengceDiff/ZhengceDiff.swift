// ZhengceDiff: placeholder file until the module lands.
