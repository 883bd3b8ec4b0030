# syntax=docker/dockerfile:1
# The service image with one run's checkpoint baked in (no volume, no W&B at start). The build context is the run
# folder, which holds best.ckpt and metrics.json (the service shows the metrics on GET /model). The checkpoint's ONNX
# export is made here, at build time, into the image's seabed-cls cache: a container starts without exporting it.
#   docker build -f docker/model.Dockerfile --build-arg SERVE_IMAGE=seabed-cls-serve -t seabed-cls-model models/RUN
ARG SERVE_IMAGE
FROM ${SERVE_IMAGE}
COPY --chmod=644 best.ckpt metrics.json /home/seabed/model/
ENV SEABED_CLS_MODEL=/home/seabed/model/best.ckpt
# The ONNX export, made once here: Predictor.from_checkpoint writes it into $SEABED_CLS_CACHE/onnx/ (named by the
# checkpoint's sha256), which the service reads at every start. It runs as the serve image's non-root USER, the user
# that runs the service, and fails the build if the ONNX backend cannot be made (rather than a service that falls back
# to eager). nbs/22_cloud.ipynb runs this RUN on a trained checkpoint.
ENV SEABED_CLS_CACHE=/home/seabed/cache
RUN python -c "import os; from seabed_cls.inference import Predictor; p = Predictor.from_checkpoint(os.environ['SEABED_CLS_MODEL']); assert p.backend == 'onnx', p.backend" \
 && ls "$SEABED_CLS_CACHE"/onnx/*.onnx
