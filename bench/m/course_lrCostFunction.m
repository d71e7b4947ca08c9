## Course-style regularised logistic regression cost and gradient.
function [J, grad] = course_lrCostFunction (theta, X, y, lambda)
  m = length (y);
  h = course_sigmoid (X * theta);
  reg = theta;
  reg(1) = 0;
  J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m + lambda / (2 * m) * sum (reg .^ 2);
  grad = (X' * (h - y)) / m + lambda / m * reg;
endfunction
