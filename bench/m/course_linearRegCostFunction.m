## Course-style regularised linear regression cost and gradient (ex5), no checks.
function [J, grad] = course_linearRegCostFunction (X, y, theta, lambda)
  m = length (y);
  err = X * theta - y;
  reg = theta;
  reg(1) = 0;
  J = (err' * err) / (2 * m) + lambda / (2 * m) * (reg' * reg);
  grad = (X' * err) / m + lambda / m * reg;
endfunction
