## Course-style cost and gradient of a one-hidden-layer network with a
## sigmoid hidden layer and a linear output (squared error), no checks.
function [J, grad] = course_nnCostFunctionLinear (nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda)
  n1 = hidden_layer_size * (input_layer_size + 1);
  Theta1 = reshape (nn_params(1:n1), hidden_layer_size, input_layer_size + 1);
  Theta2 = reshape (nn_params(n1+1:end), num_labels, hidden_layer_size + 1);
  m = size (X, 1);
  a1 = [ones(m, 1) X];
  z2 = a1 * Theta1';
  a2 = [ones(m, 1) course_sigmoid(z2)];
  a3 = a2 * Theta2';
  J = sum (sum ((a3 - y) .^ 2)) / (2 * m) ...
      + lambda / (2 * m) * (sum (sum (Theta1(:, 2:end) .^ 2)) + sum (sum (Theta2(:, 2:end) .^ 2)));
  d3 = a3 - y;
  d2 = (d3 * Theta2(:, 2:end)) .* course_sigmoidGradient (z2);
  Theta1_grad = d2' * a1 / m;
  Theta2_grad = d3' * a2 / m;
  Theta1_grad(:, 2:end) = Theta1_grad(:, 2:end) + lambda / m * Theta1(:, 2:end);
  Theta2_grad(:, 2:end) = Theta2_grad(:, 2:end) + lambda / m * Theta2(:, 2:end);
  grad = [Theta1_grad(:); Theta2_grad(:)];
endfunction
