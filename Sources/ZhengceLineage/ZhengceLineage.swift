// ZhengceLineage: placeholder file until the module lands.
