print("planlint")
