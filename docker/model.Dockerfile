# syntax=docker/dockerfile:1
# The service image with one run's checkpoint baked in (no volume, no W&B at start). The build context is the run
# folder, which holds best.ckpt and metrics.json (the service shows the metrics on GET /model):
#   docker build -f docker/model.Dockerfile --build-arg SERVE_IMAGE=seabed-cls-serve -t seabed-cls-model models/RUN
ARG SERVE_IMAGE
FROM ${SERVE_IMAGE}
COPY --chmod=644 best.ckpt metrics.json /home/seabed/model/
ENV SEABED_CLS_MODEL=/home/seabed/model/best.ckpt
