// ZhengceDepartments: placeholder file until the module lands.
