print("dsr")
