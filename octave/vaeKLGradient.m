## -*- texinfo -*-
## @deftypefn {} {[@var{KL}, @var{dW_mu}, @var{db_mu}, @var{dW_logvar}, @var{db_logvar}] =} vaeKLGradient (@var{X}, @var{W_mu}, @var{b_mu}, @var{W_logvar}, @var{b_logvar})
## The KL term of a variational autoencoder and its gradient with respect to
## the two linear layers that produce the mean and the log-variance.
##
## For a batch @var{X} (batch-by-d; one sample is a 1-by-d batch), with the
## weights laid out as PyTorch's @code{nn.Linear} (out-by-in, e.g. 20-by-400)
## and the biases as out-by-1 columns:
##
## @example
## mu     = X * W_mu' + b_mu'
## logvar = X * W_logvar' + b_logvar'
## KL     = -0.5 * sum (sum (1 + logvar - mu.^2 - exp (logvar)))
## @end example
##
## @noindent
## Every gradient has the shape of what it differentiates: @var{dW_mu} and
## @var{dW_logvar} are out-by-in, @var{db_mu} and @var{db_logvar} out-by-1.
## With @code{G_mu = mu} and @code{G_logvar = (exp (logvar) - 1) / 2} (the
## gradients of KL with respect to mu and logvar, batch-by-out),
## @code{dW_mu = G_mu' * X}: for one sample the outer product of the out-vector
## of upstream gradients with the in-vector input, for a batch the sum of
## those outer products, which is this matrix product.
## @seealso{computeNumericalGradient}
## @end deftypefn
function [KL, dW_mu, db_mu, dW_logvar, db_logvar] = vaeKLGradient (X, W_mu, b_mu, W_logvar, b_logvar)
  if (nargin != 5)
    print_usage ();
  endif
  [X, W_mu, b_mu, W_logvar, b_logvar] = checkVaeArgs ("vaeKLGradient", X, W_mu, b_mu, W_logvar, b_logvar);

  mu = X * W_mu' + b_mu';
  logvar = X * W_logvar' + b_logvar';
  e = exp (logvar);
  KL = -0.5 * sum (sum (1 + logvar - mu .* mu - e));
  G_logvar = 0.5 * (e - 1);
  dW_mu = mu' * X;
  db_mu = sum (mu, 1)';
  dW_logvar = G_logvar' * X;
  db_logvar = sum (G_logvar, 1)';
endfunction

%!test
%! ## mu = 0 and logvar = 0 (the prior itself): KL = 0 and every gradient 0.
%! [KL, dWm, dbm, dWl, dbl] = vaeKLGradient (ones (3, 4), zeros (2, 4), zeros (2, 1), zeros (2, 4), zeros (2, 1));
%! assert (KL, 0)
%! assert ({size(dWm), size(dbm), size(dWl), size(dbl)}, {[2 4], [2 1], [2 4], [2 1]})
%! assert (all ([dWm(:); dbm; dWl(:); dbl] == 0))

%!test
%! ## One sample, by hand: x = [1 2], W_mu = [1 0], b_mu = 1: mu = 2, KL = 0.5 * mu^2 = 2 (logvar = 0).
%! [KL, dWm, dbm] = vaeKLGradient ([1 2], [1 0], 1, [0 0], 0);
%! assert (KL, 2)
%! assert (dWm, 2 * [1 2])      # the outer product mu * x
%! assert (dbm, 2)

%!test
%! ## Every gradient is the gradient of KL (central differences), for a batch.
%! X = [0.5 -1 2; 1 0.3 -0.2];
%! Wm = [0.1 0.2 -0.3; 0.4 -0.5 0.6];  bm = [0.1; -0.2];
%! Wl = [-0.2 0.1 0.05; 0.3 0.2 -0.1]; bl = [0.05; 0.1];
%! [~, dWm, dbm, dWl, dbl] = vaeKLGradient (X, Wm, bm, Wl, bl);
%! f = @(p) vaeKLGradient (X, reshape (p(1:6), 2, 3), p(7:8), reshape (p(9:14), 2, 3), p(15:16));
%! num = computeNumericalGradient (f, [Wm(:); bm; Wl(:); bl]);
%! assert ([dWm(:); dbm; dWl(:); dbl], num, 1e-8)

## Test input validation
%!error <Invalid call> vaeKLGradient (1, 1, 1, 1)
%!error <W_MU must be out-by-d, d the columns of X \(X is 2x3; W_MU is 2x2\)> vaeKLGradient (ones (2, 3), ones (2, 2), ones (2, 1), ones (2, 2), ones (2, 1))
%!error <W_LOGVAR must have the size of W_MU> vaeKLGradient (ones (2, 3), ones (2, 3), ones (2, 1), ones (3, 3), ones (2, 1))
%!error <B_MU must be an out-by-1 column \(W_MU is 2x3, so out = 2; B_MU is 1x2\)> vaeKLGradient (ones (2, 3), ones (2, 3), ones (1, 2), ones (2, 3), ones (2, 1))
%!error <B_LOGVAR must be an out-by-1 column> vaeKLGradient (ones (2, 3), ones (2, 3), ones (2, 1), ones (2, 3), ones (3, 1))
%!error <X must be a real numeric matrix, got a char array of size 2x3> vaeKLGradient (["abc"; "def"], ones (2, 3), ones (2, 1), ones (2, 3), ones (2, 1))
%!test
%! ## A logical X is its 0s and 1s.
%! X = logical ([1 0 1; 0 1 1]);
%! [KL, dW] = vaeKLGradient (X, ones (2, 3), ones (2, 1), ones (2, 3), ones (2, 1));
%! [KL0, dW0] = vaeKLGradient (double (X), ones (2, 3), ones (2, 1), ones (2, 3), ones (2, 1));
%! assert (KL, KL0)
%! assert (dW, dW0)
