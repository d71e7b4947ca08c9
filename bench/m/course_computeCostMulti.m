## Course-style cost of linear regression: no argument checks.
function J = course_computeCostMulti (X, y, theta)
  m = length (y);
  J = sum ((X * theta - y) .^ 2) / (2 * m);
endfunction
