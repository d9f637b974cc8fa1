import Quiver
print("quiver")
