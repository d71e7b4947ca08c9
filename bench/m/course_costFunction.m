## Course-style logistic regression cost and gradient (ex2), no checks.
function [J, grad] = course_costFunction (theta, X, y)
  m = length (y);
  h = course_sigmoid (X * theta);
  J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m;
  grad = (X' * (h - y)) / m;
endfunction
