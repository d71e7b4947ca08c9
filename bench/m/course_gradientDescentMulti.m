## Course-style batch gradient descent: the update and the cost, once per iteration.
function [theta, J_history] = course_gradientDescentMulti (X, y, theta, alpha, num_iters)
  m = length (y);
  J_history = zeros (num_iters, 1);
  for iter = 1:num_iters
    theta = theta - alpha / m * X' * (X * theta - y);
    J_history(iter) = course_computeCostMulti (X, y, theta);
  endfor
endfunction
