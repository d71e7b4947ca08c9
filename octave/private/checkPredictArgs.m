## -*- texinfo -*-
## @deftypefn {} {[@var{Theta1}, @var{Theta2}, @var{X}] =} checkPredictArgs (@var{fname}, @var{Theta1}, @var{Theta2}, @var{X}, @var{activation})
## Check the weights, inputs and activation of predictLinear: @var{Theta1}
## h-by-(n+1), @var{Theta2} k-by-(h+1), @var{X} m-by-n (m may be 0); return
## the three as doubles.
## @end deftypefn
function [Theta1, Theta2, X] = checkPredictArgs (fname, Theta1, Theta2, X, activation)
  Theta1 = checkMatrix (fname, "THETA1", Theta1, true);
  Theta2 = checkMatrix (fname, "THETA2", Theta2, true);
  X = checkMatrix (fname, "X", X, true);
  if (columns (Theta1) != columns (X) + 1)
    error ("%s: THETA1 must have one column more than X (THETA1 is %s, X is %s)",
           fname, shapeText (Theta1), shapeText (X));
  endif
  if (columns (Theta2) != rows (Theta1) + 1)
    error ("%s: THETA2 must have one column more than THETA1 has rows (THETA1 is %s, THETA2 is %s)",
           fname, shapeText (Theta1), shapeText (Theta2));
  endif
  checkActivation (fname, activation);
endfunction
