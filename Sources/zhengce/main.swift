import ZhengceCLI

ZhengceCommand.main()
