## Course-style regularised logistic regression cost and gradient (ex2), no checks.
function [J, grad] = course_costFunctionReg (theta, X, y, lambda)
  [J, grad] = course_lrCostFunction (theta, X, y, lambda);
endfunction
