"""What should a new user watch? Collaborative filtering (the course's ex8, part 2)

The course learns 10 features for each of 1682 movies from 943 users' ratings (1 to 5 stars) with
fmincg (100 line searches, lambda 10), after centring each movie's ratings on their mean, then lists the
movies with the highest predicted rating for a new user who rated a handful. Its data set is not shipped
here, so this script DRAWS A SYNTHETIC ONE with a seeded generator: 200 movies and 100 users whose
ratings come from 3 hidden tastes (plus noise, rounded to 1..5 stars), each user having rated about 25%
of the movies. A new user strongly likes the first taste and has rated 20 movies. The script checks the cost's
gradient first (as the course does), trains, and prints the new user's top predictions beside the
rating the hidden tastes would give (which the training never saw).

Run from anywhere:  .venv/bin/python examples/ex8_recommender.py
"""

import numpy as np

from pyport import cofi_cost_func, compute_numerical_gradient, fmincg, normalize_ratings

rng = np.random.default_rng(88)
MOVIES, USERS, TASTES, FEATURES, LAMBDA = 200, 100, 3, 10, 10.0

# -- the gradient check on a small problem (the course's checkCostFunction) ------------------------------
Xs, Ts = rng.standard_normal((4, 3)), rng.standard_normal((5, 3))
Ys, Rs = rng.integers(1, 6, (4, 5)).astype(float), rng.random((4, 5)) < 0.5
ps = np.concatenate([Xs.ravel(order="F"), Ts.ravel(order="F")])
numgrad = compute_numerical_gradient(lambda t: cofi_cost_func(t, Ys, Rs, 5, 4, 3, 1.5), ps)
grad = cofi_cost_func(ps, Ys, Rs, 5, 4, 3, 1.5).g
print(f"gradient check: relative difference {np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad):.2e} "
      f"(below 1e-9 when the gradient is right)")

# -- synthetic ratings ----------------------------------------------------------------------------------
movie_taste = rng.standard_normal((MOVIES, TASTES))
user_taste = rng.standard_normal((USERS, TASTES))
true = 3 + movie_taste @ user_taste.T / np.sqrt(TASTES)
Y = np.clip(np.rint(true + 0.4 * rng.standard_normal(true.shape)), 1, 5)
R = rng.random(Y.shape) < 0.25
R[np.arange(MOVIES), rng.integers(0, USERS, MOVIES)] = True  # every movie rated at least once
Y[~R] = 0

new_taste = np.array([2.5, 0.0, 0.0])
new_true = 3 + movie_taste @ new_taste / np.sqrt(TASTES)
rated = rng.choice(MOVIES, 20, replace=False)
my_ratings = np.zeros(MOVIES)
my_ratings[rated] = np.clip(np.rint(new_true[rated]), 1, 5)
Y, R = np.c_[my_ratings, Y], np.c_[my_ratings != 0, R]  # the new user is user 0, as in the course

# -- training -------------------------------------------------------------------------------------------
Ynorm, Ymean = normalize_ratings(Y, R)
num_movies, num_users = Y.shape
start = rng.standard_normal((num_movies + num_users) * FEATURES)  # the course's randn start
params, costs, _ = fmincg(cofi_cost_func, start, {"MaxIter": 100}, Ynorm, R, num_users, num_movies, FEATURES, LAMBDA)
X = params[:num_movies * FEATURES].reshape(num_movies, FEATURES, order="F")
Theta = params[num_movies * FEATURES:].reshape(num_users, FEATURES, order="F")
print(f"trained: cost {costs[0]:.1f} after the first line search, {costs[-1]:.1f} after {len(costs)} "
      f"(fmincg stops early after two failed line searches in a row)")

p = X @ Theta.T + Ymean[:, None]
mine = p[:, 0]
unseen = np.setdiff1d(np.arange(MOVIES), rated)
top = unseen[np.argsort(-mine[unseen], kind="stable")[:10]]
print("\nthe new user rated:")
for i in rated:
    print(f"  {my_ratings[i]:.0f} stars for movie {i + 1}")
print("\ntop recommendations for the new user (predicted rating; what the hidden tastes give):")
for i in top:
    print(f"  predicting rating {mine[i]:.1f} for movie {i + 1} (hidden taste: {new_true[i]:.1f})")
print(f"\nthe 10 recommended movies' hidden rating averages {new_true[top].mean():.2f}; "
      f"all unseen movies average {new_true[unseen].mean():.2f}")
