## -*- texinfo -*-
## @deftypefn {} {@var{model} =} xc_model (@var{X}, @var{kernel})
## For tests/crosscheck/test_indices_records.py: a struct output with a
## function handle field, made with a kernel of two arguments.  Field
## @code{named} is 1 when @code{func2str (kernel)} names @code{xc_scaled_dot}.
## @end deftypefn
function model = xc_model (X, kernel)
  model.X = X;
  model.kernelFunction = kernel;
  model.w = X' * ones (rows (X), 1);
  model.b = kernel (X(1, :)', X(2, :)');
  model.named = numel (strfind (func2str (kernel), "xc_scaled_dot"));
endfunction
