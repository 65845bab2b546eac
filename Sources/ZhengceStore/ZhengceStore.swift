// ZhengceStore: placeholder file until the module lands.
