"""Learning from what the teacher gives: similar answers grouped, a model fitted on the teacher's marks,
its out-of-fold review guarantee, and its export as a bundle. No Qt; never imports the developer side.
"""
