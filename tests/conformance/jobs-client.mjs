// SPDX-License-Identifier: MIT
// The official AWS IoT Device SDK v2 for JavaScript's jobs client (iotjobs.IotJobsClient), as
// AWS's own job sample uses it, against larder-cloud's Jobs service, unchanged: it connects as a
// fridge with its certificate, lists its pending executions, starts the next one, describes it,
// reports progress, is refused a stale version, finishes it, is refused a change after the end
// and a job that does not exist, and hears notify-next say nothing is left. Run by
// tst_commands with:
//   LARDER_JOBS_PORT   the broker's device port     LARDER_JOBS_CA    the cloud's CA
//   LARDER_JOBS_THING  the fridge (its client id)   LARDER_JOBS_CERT / LARDER_JOBS_KEY  its pair
//   LARDER_JOBS_JOB    the job id queued for it
// Prints one line per step ("start-next IN_PROGRESS", …); non-zero on the first surprise.
import { iot, iotjobs, mqtt } from 'aws-iot-device-sdk-v2';

const env = (name) => {
  const value = process.env[name];
  if (!value) { console.error(`jobs-client: ${name} is not set`); process.exit(2); }
  return value;
};
const thingName = env('LARDER_JOBS_THING');
const jobId = env('LARDER_JOBS_JOB');
const fail = (message) => { console.log(`FAIL ${message}`); process.exit(1); };
const check = (ok, message) => { if (!ok) fail(message); };

const config = iot.AwsIotMqttConnectionConfigBuilder
  .new_mtls_builder_from_path(env('LARDER_JOBS_CERT'), env('LARDER_JOBS_KEY'))
  .with_certificate_authority_from_path(undefined, env('LARDER_JOBS_CA'))
  .with_endpoint('127.0.0.1')
  .with_port(Number(env('LARDER_JOBS_PORT')))
  .with_client_id(thingName)
  .with_clean_session(true)
  .build();
const connection = new mqtt.MqttClient().new_connection(config);
const timeout = setTimeout(() => fail('no answer within 30 s'), 30000);

// One answer (accepted or rejected) to one request, as a promise.
const answer = async (subscribeAccepted, subscribeRejected, subscription, publish) => {
  let settle;
  const result = new Promise((resolve) => { settle = resolve; });
  await subscribeAccepted(subscription, mqtt.QoS.AtLeastOnce,
    (error, response) => settle({ error, accepted: response }));
  await subscribeRejected(subscription, mqtt.QoS.AtLeastOnce,
    (error, response) => settle({ error, rejected: response }));
  await publish();
  return result;
};

try {
  await connection.connect();
  const jobs = new iotjobs.IotJobsClient(connection);
  const nextEvents = [];
  await jobs.subscribeToNextJobExecutionChangedEvents({ thingName }, mqtt.QoS.AtLeastOnce,
    (error, event) => { if (!error) nextEvents.push(event); });

  const pending = await answer(
    (s, q, h) => jobs.subscribeToGetPendingJobExecutionsAccepted(s, q, h),
    (s, q, h) => jobs.subscribeToGetPendingJobExecutionsRejected(s, q, h), { thingName },
    () => jobs.publishGetPendingJobExecutions({ thingName, clientToken: 'pending-1' },
      mqtt.QoS.AtLeastOnce));
  check(pending.accepted, `get pending refused: ${JSON.stringify(pending.rejected)}`);
  check(pending.accepted.clientToken === 'pending-1', 'get pending: clientToken not echoed');
  check(pending.accepted.queuedJobs.some((job) => job.jobId === jobId),
    `get pending: ${jobId} is not queued: ${JSON.stringify(pending.accepted)}`);
  console.log(`get-pending ${pending.accepted.queuedJobs.length} queued`);

  const started = await answer(
    (s, q, h) => jobs.subscribeToStartNextPendingJobExecutionAccepted(s, q, h),
    (s, q, h) => jobs.subscribeToStartNextPendingJobExecutionRejected(s, q, h), { thingName },
    () => jobs.publishStartNextPendingJobExecution(
      { thingName, stepTimeoutInMinutes: 5, statusDetails: { step: 'starting' } },
      mqtt.QoS.AtLeastOnce));
  check(started.accepted?.execution, `start-next: ${JSON.stringify(started)}`);
  const execution = started.accepted.execution;
  check(execution.jobId === jobId && execution.status === 'IN_PROGRESS' &&
    execution.thingName === thingName && execution.jobDocument?.operation,
  `start-next: ${JSON.stringify(execution)}`);
  console.log(`start-next ${execution.status} ${execution.jobDocument.operation} v${execution.versionNumber}`);

  const described = await answer(
    (s, q, h) => jobs.subscribeToDescribeJobExecutionAccepted(s, q, h),
    (s, q, h) => jobs.subscribeToDescribeJobExecutionRejected(s, q, h), { thingName, jobId },
    () => jobs.publishDescribeJobExecution({ thingName, jobId, includeJobDocument: true },
      mqtt.QoS.AtLeastOnce));
  check(described.accepted?.execution?.statusDetails?.step === 'starting',
    `describe: ${JSON.stringify(described)}`);
  console.log(`describe ${described.accepted.execution.status}`);

  const update = (request) => answer(
    (s, q, h) => jobs.subscribeToUpdateJobExecutionAccepted(s, q, h),
    (s, q, h) => jobs.subscribeToUpdateJobExecutionRejected(s, q, h), { thingName, jobId },
    () => jobs.publishUpdateJobExecution({ thingName, jobId, ...request }, mqtt.QoS.AtLeastOnce));
  const progress = await update({ status: 'IN_PROGRESS', statusDetails: { progress: '50' },
    expectedVersion: execution.versionNumber, includeJobExecutionState: true });
  check(progress.accepted?.executionState?.versionNumber === execution.versionNumber + 1,
    `progress: ${JSON.stringify(progress)}`);
  console.log(`update IN_PROGRESS v${progress.accepted.executionState.versionNumber}`);

  const stale = await update({ status: 'SUCCEEDED', expectedVersion: execution.versionNumber });
  check(stale.rejected?.code === 'VersionMismatch' && stale.rejected.executionState,
    `stale version: ${JSON.stringify(stale)}`);
  console.log(`update stale ${stale.rejected.code}`);

  const done = await update({ status: 'SUCCEEDED',
    statusDetails: { result: 'Done by the AWS IoT Device SDK' }, includeJobExecutionState: true,
    includeJobDocument: true });
  check(done.accepted?.executionState?.status === 'SUCCEEDED' && done.accepted.jobDocument,
    `succeeded: ${JSON.stringify(done)}`);
  console.log(`update ${done.accepted.executionState.status}`);

  const after = await update({ status: 'IN_PROGRESS' });
  check(after.rejected?.code === 'InvalidStateTransition', `after the end: ${JSON.stringify(after)}`);
  console.log(`update after the end ${after.rejected.code}`);

  const missing = await answer(
    (s, q, h) => jobs.subscribeToDescribeJobExecutionAccepted(s, q, h),
    (s, q, h) => jobs.subscribeToDescribeJobExecutionRejected(s, q, h),
    { thingName, jobId: 'no-such-job' },
    () => jobs.publishDescribeJobExecution({ thingName, jobId: 'no-such-job' },
      mqtt.QoS.AtLeastOnce));
  check(missing.rejected?.code === 'ResourceNotFound', `missing job: ${JSON.stringify(missing)}`);
  console.log(`describe missing ${missing.rejected.code}`);

  // notify-next said, once this job ended, that nothing is next.
  for (let i = 0; i < 50 && !nextEvents.some((event) => !event.execution); ++i)
    await new Promise((resolve) => setTimeout(resolve, 100));
  check(nextEvents.some((event) => !event.execution), `notify-next: ${JSON.stringify(nextEvents)}`);
  console.log(`notify-next empty after ${nextEvents.length} event(s)`);
  await connection.disconnect();
  clearTimeout(timeout);
  console.log('jobs-client done');
  process.exit(0);
} catch (error) {
  fail(`${error?.message ?? error}`);
}
