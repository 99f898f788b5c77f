{{/* Names and labels. */}}
{{- define "bibliohub.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "bibliohub.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "bibliohub.selectorLabels" -}}
app.kubernetes.io/name: {{ include "bibliohub.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "bibliohub.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "bibliohub.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: bibliohub
{{- end -}}

{{- define "bibliohub.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}

{{- define "bibliohub.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "bibliohub.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the credentials: one you manage, or the one this chart creates. */}}
{{- define "bibliohub.secretName" -}}
{{- if .Values.secrets.existingSecret -}}
{{- .Values.secrets.existingSecret -}}
{{- else if .Values.secrets.create -}}
{{- printf "%s-secrets" (include "bibliohub.fullname" .) -}}
{{- else -}}
{{- fail "set secrets.existingSecret (recommended) or secrets.create=true with secrets.values" -}}
{{- end -}}
{{- end -}}

{{- define "bibliohub.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ include "bibliohub.secretName" .root }}
      key: {{ .name }}
      {{- if .optional }}
      optional: true
      {{- end }}
{{- end -}}

{{/*
Environment of the API and of the migration Job: inline (no ConfigMap), because the pre-install hook
runs before any regular resource of the release exists.
*/}}
{{- define "bibliohub.env" -}}
- name: NODE_ENV
  value: production
- name: PORT
  value: "3000"
- name: HOST
  value: 0.0.0.0
- name: PUBLIC_URL
  value: {{ required "publicUrl is required (the address users reach the hub at)" .Values.publicUrl | quote }}
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: DEMO_DATA
  value: "false"
{{- with .Values.nodeOptions }}
- name: NODE_OPTIONS
  value: {{ . | quote }}
{{- end }}
{{- if .Values.postgresql.host }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "DATABASE_OWNER_PASSWORD") }}
- name: DATABASE_URL
  value: {{ printf "postgres://%s:$(DATABASE_OWNER_PASSWORD)@%s:%v/%s%s" .Values.postgresql.ownerUser .Values.postgresql.host .Values.postgresql.port .Values.postgresql.database (ternary (printf "?%s" .Values.postgresql.params) "" (ne .Values.postgresql.params "")) | quote }}
{{- else }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "DATABASE_URL") }}
{{- end }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "DATABASE_APP_URL" "optional" true) }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "DATABASE_READ_URL" "optional" true) }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "DATABASE_APP_PASSWORD") }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "JWT_SECRET") }}
- name: DATABASE_POOL_SIZE
  value: {{ .Values.database.poolSize | quote }}
- name: DATABASE_CONNECT_TIMEOUT_MS
  value: {{ .Values.database.connectTimeoutMs | quote }}
- name: DATABASE_STATEMENT_TIMEOUT_MS
  value: {{ .Values.database.statementTimeoutMs | quote }}
- name: S3_ENDPOINT
  value: {{ required "s3.endpoint is required (an S3-compatible endpoint, https://…)" .Values.s3.endpoint | quote }}
- name: S3_BUCKET
  value: {{ .Values.s3.bucket | quote }}
- name: S3_REGION
  value: {{ .Values.s3.region | quote }}
- name: S3_FORCE_PATH_STYLE
  value: {{ .Values.s3.forcePathStyle | quote }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "S3_ACCESS_KEY_ID") }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "S3_SECRET_ACCESS_KEY") }}
{{ include "bibliohub.secretEnv" (dict "root" . "name" "METRICS_TOKEN" "optional" true) }}
- name: JOB_POLL_INTERVAL_MS
  value: {{ .Values.jobs.pollIntervalMs | quote }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Pod-level settings shared by the Deployment and the migration Job. */}}
{{- define "bibliohub.podCommon" -}}
automountServiceAccountToken: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "bibliohub.volumes" -}}
# The root file system is read-only; libraries that need scratch space get /tmp.
- name: tmp
  emptyDir:
    sizeLimit: 256Mi
{{- with .Values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "bibliohub.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- with .Values.extraVolumeMounts }}
{{ toYaml . }}
{{- end }}
{{- end -}}
