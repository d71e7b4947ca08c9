## Course-style collaborative filtering cost and gradient (ex8), no checks.
function [J, grad] = course_cofiCostFunc (params, Y, R, num_users, num_movies, num_features, lambda)
  X = reshape (params(1:num_movies * num_features), num_movies, num_features);
  Theta = reshape (params(num_movies * num_features + 1:end), num_users, num_features);
  E = (X * Theta' - Y) .* R;
  J = sum (sum (E .^ 2)) / 2 + lambda / 2 * (sum (sum (X .^ 2)) + sum (sum (Theta .^ 2)));
  X_grad = E * Theta + lambda * X;
  Theta_grad = E' * X + lambda * Theta;
  grad = [X_grad(:); Theta_grad(:)];
endfunction
