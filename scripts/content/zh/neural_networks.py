"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    # claims in the prose
    "the model is 90 % sure of either class, $w \\cdot x + b = \\pm\\ln 9$": (
        "模型对两类之一有 90% 把握的地方，即 $w \\cdot x + b = \\pm\\ln 9$"
    ),
    "$U(-a, a)$ has variance $a^2/3$": "$U(-a, a)$ 的方差为 $a^2/3$",
    "$\\sigma(\\ln r) = \\frac{r}{1 + r}$": "$\\sigma(\\ln r) = \\frac{r}{1 + r}$",
    "clouds that a line through the origin separates": "能被一条过原点的直线分开的两团点云",
    "approaching the $\\lVert \\hat w \\rVert \\ln 10 =$": (
        "逐渐接近理论预测的每个数量级 $\\lVert \\hat w \\rVert \\ln 10 =$"
    ),
    "the norm levels off at": "范数稳定在",
    "the norm climbs without end, its curve straightening on the log": (
        "范数无休止地上升，曲线在对数横轴上逐渐变直"
    ),
    "91.5 %": "91.5%",  # no space before % in Chinese
    # claims in the figures' captions and descriptions
    "runs above it in every bin": "在每个区间都高于对角线",
    "under-predicts class 1 in every bin": "在每个区间都低估了类别 1",
    "After Platt scaling its curve lies on the diagonal too": "经过 Platt 缩放后，它的曲线也落在对角线上",
    "with about 2 % of the points": "每个约占 2% 的点",
    "lower the scores of most points": "降低了大多数点的得分",
    "below its bound (1/16)ⁿ": "低于它的上界 (1/16)ⁿ",
    "the 0.1 and 0.9 levels": "0.1 和 0.9 两条等值线",
    "where it is 0.1 and a dotted one where it is 0.9": (
        "预测概率为 0.1 的地方，点线画在预测概率为 0.9 的地方"
    ),
    # figure: logistic_regression_loss
    "Training loss (mean binary cross-entropy) over gradient-descent steps.": (
        "训练损失（平均二元交叉熵）随梯度下降步数的变化。"
    ),
    "A loss curve that starts at ln 2 ≈ 0.693 (all predictions 1/2) and falls quickly, "
    "then levels off as the weights converge.": (
        "一条损失曲线：从 ln 2 ≈ 0.693（所有预测都是 1/2）开始迅速下降，随着权重收敛而趋于平稳。"
    ),
    "gradient-descent step": "梯度下降步数",
    "mean cross-entropy": "平均交叉熵",
    "loss": "损失",
    # figure: logistic_regression_boundary
    "The data and the learned decision boundary σ(w·x + b) = 1/2, with the 0.1 and 0.9 "
    "levels.": "数据与学到的决策边界 σ(w·x + b) = 1/2，以及 0.1 和 0.9 两条等值线。",
    "A scatter plot of two overlapping point clouds, class 0 lower left and class 1 upper "
    "right, separated by a straight solid line where the predicted probability is 1/2, with "
    "a dashed line where it is 0.1 and a dotted one where it is 0.9.": (
        "两团相互重叠的点云的散点图：类别 0 在左下，类别 1 在右上，中间由一条实线直线分开，"
        "线上的预测概率为 1/2；虚线画在预测概率为 0.1 的地方，点线画在预测概率为 0.9 的地方。"
    ),
    "feature 1": "特征 1",
    "feature 2": "特征 2",
    "class 0": "类别 0",
    "class 1": "类别 1",
    # figure: reliability_diagram
    "Reliability diagram on new points: observed frequency of class 1 against the mean "
    "predicted probability, in bins.": (
        "新点上的可靠性图：分区间统计的类别 1 实际频率与平均预测概率的关系。"
    ),
    "The Bayes posterior's points lie on the diagonal. The trained model's curve runs above "
    "it in every bin, by up to <!-- site:value trained_bin_gap --> in the middle ones: on new points "
    "class 1 is more frequent than it predicts. After Platt scaling its curve lies on the "
    "diagonal too. The overconfident model's curve is flatter: far above the diagonal for "
    "low predictions, below it for the highest.": (
        "贝叶斯后验的点落在对角线上。训练好的模型的曲线在每个区间都高于对角线，"
        "在中间的区间高出多达 <!-- site:value trained_bin_gap -->：在新点上，类别 1 出现得比它预测的多。"
        "经过 Platt 缩放后，它的曲线也落在对角线上。过于自信的模型的曲线更平缓："
        "预测值低时远高于对角线，预测值最高时则低于对角线。"
    ),
    "mean predicted probability": "平均预测概率",
    "observed frequency": "实际频率",
    "perfect calibration": "完美校准",
    "trained model": "训练好的模型",
    "logits × 3: overconfident": "logit × 3：过于自信",
    "Bayes posterior": "贝叶斯后验",
    "after Platt scaling": "Platt 缩放后",
    # figure: separable_weight_norm
    "The weights' norm |w(t)| under gradient descent on separable data, against the step t "
    "on a log axis: without a penalty and with an L2 penalty.": (
        "在可分的数据上做梯度下降时权重的范数 |w(t)| 随步数 t 的变化（横轴为对数坐标）："
        "不加惩罚项，以及加上 L2 惩罚项。"
    ),
    "Without a penalty the norm climbs without end, its curve straightening on the log "
    "axis, by <!-- site:value separable_growth_5 --> over the last decade; with the L2 penalty "
    "λ = <!-- site:value l2_penalty --> it levels off at <!-- site:value l2_norm_limit -->.": (
        "不加惩罚项时，范数无休止地上升，曲线在对数横轴上逐渐变直，"
        "在最后一个数量级里增长了 <!-- site:value separable_growth_5 -->；加上 L2 惩罚项 "
        "λ = <!-- site:value l2_penalty --> 后，它稳定在 <!-- site:value l2_norm_limit -->。"
    ),
    "no penalty": "不加惩罚项",
    "L2 penalty λ = 0.01": "L2 惩罚项 λ = 0.01",
    "gradient-descent step t": "梯度下降步数 t",
    "|w(t)|": "|w(t)|",
    # figure: gradient_through_layers
    "How the variance of the gradient shrinks through n layers with fan-out × weight "
    "variance = 1: E[f′(z)²]ⁿ with z ~ N(0, 1), log scale.": (
        "扇出 × 权重方差 = 1 时，梯度的方差经过 n 层后如何缩小：E[f′(z)²]ⁿ，"
        "其中 z ~ N(0, 1)，对数坐标。"
    ),
    "Five decaying lines on a log scale against the number of layers: the sigmoid's factor "
    "falls fastest, <!-- site:value sigmoid_gradient_moment --> per layer, below its bound "
    "(1/16)ⁿ; ReLU keeps <!-- site:value relu_gradient_moment --> per layer, SiLU "
    "<!-- site:value silu_gradient_moment --> and tanh <!-- site:value tanh_gradient_moment -->.": (
        "对数坐标下随层数衰减的五条线：sigmoid 的因子下降得最快，每层 "
        "<!-- site:value sigmoid_gradient_moment -->，低于它的上界 (1/16)ⁿ；ReLU 每层保留 "
        "<!-- site:value relu_gradient_moment -->，SiLU 为 <!-- site:value silu_gradient_moment -->，"
        "tanh 为 <!-- site:value tanh_gradient_moment -->。"
    ),
    "layers n": "层数 n",
    "gradient variance factor": "梯度方差因子",
    # legend labels: names and formulas, the same in both languages
    "sigmoid: E[f′(z)²]ⁿ": "sigmoid：E[f′(z)²]ⁿ",
    "tanh: E[f′(z)²]ⁿ": "tanh：E[f′(z)²]ⁿ",
    "ReLU: E[f′(z)²]ⁿ": "ReLU：E[f′(z)²]ⁿ",
    "SiLU: E[f′(z)²]ⁿ": "SiLU：E[f′(z)²]ⁿ",
    "bound (1/16)ⁿ for the sigmoid": "sigmoid 的上界 (1/16)ⁿ",
    "a little more than the square of $E[\\sigma'(z)] \\approx 0.207$": (
        "略大于 $E[\\sigma'(z)] \\approx 0.207$ 的平方"
    ),
}
