## Course-style cost and backpropagation of the classification network (ex4), no checks.
function [J, grad] = course_nnCostFunction (nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda)
  Theta1 = reshape (nn_params(1:hidden_layer_size * (input_layer_size + 1)), hidden_layer_size, input_layer_size + 1);
  Theta2 = reshape (nn_params(1 + hidden_layer_size * (input_layer_size + 1):end), num_labels, hidden_layer_size + 1);
  m = rows (X);
  Y = double (y == 1:num_labels);
  a1 = [ones(m, 1) X];
  z2 = a1 * Theta1';
  a2 = [ones(m, 1) course_sigmoid(z2)];
  h = course_sigmoid (a2 * Theta2');
  J = sum (sum (-Y .* log (h) - (1 - Y) .* log (1 - h))) / m ...
      + lambda / (2 * m) * (sum (sum (Theta1(:, 2:end) .^ 2)) + sum (sum (Theta2(:, 2:end) .^ 2)));
  d3 = h - Y;
  g = course_sigmoid (z2);
  d2 = (d3 * Theta2(:, 2:end)) .* g .* (1 - g);
  Theta1_grad = d2' * a1 / m;
  Theta2_grad = d3' * a2 / m;
  Theta1_grad(:, 2:end) += lambda / m * Theta1(:, 2:end);
  Theta2_grad(:, 2:end) += lambda / m * Theta2(:, 2:end);
  grad = [Theta1_grad(:); Theta2_grad(:)];
endfunction
