// ZhengceExport: placeholder file until the module lands.
